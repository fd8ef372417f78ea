import { mount } from 'svelte';
import Options from '@/components/Options.svelte';

mount(Options, { target: document.getElementById('app')! });
