import { mount } from 'svelte';
import Popup from '@/components/Popup.svelte';

mount(Popup, { target: document.getElementById('app')! });
