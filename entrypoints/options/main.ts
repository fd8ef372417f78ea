import { mount } from 'svelte';
import '@/components/base.css';
import Options from '@/components/Options.svelte';

document.documentElement.lang = browser.i18n.getUILanguage();
mount(Options, { target: document.getElementById('app')! });
