import { mount } from 'svelte';
import '@/components/base.css';
import Popup from '@/components/Popup.svelte';

document.documentElement.lang = browser.i18n.getUILanguage();
mount(Popup, { target: document.getElementById('app')! });
