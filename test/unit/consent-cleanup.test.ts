// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { cleanup } from '../../utils/consent/engine/cleanup';

it('cleanup hides the leftovers there now, not a dialog with the same selector the person opens later', () => {
  document.documentElement.className = 'sp-message-open';
  document.body.innerHTML = '<div id="sp_message_container_1" class="left"></div>';
  cleanup(document, { cleanup: { removeClasses: [{ selector: 'html', classes: ['sp-message-open'] }], hide: ['div[id^="sp_message_container_"]'] } });
  expect(document.documentElement.classList.contains('sp-message-open')).toBe(false);
  expect(getComputedStyle(document.querySelector('.left')!).display).toBe('none');
  document.body.insertAdjacentHTML('beforeend', '<div id="sp_message_container_2" class="reopened"></div>');
  expect(getComputedStyle(document.querySelector('.reopened')!).display).toBe('block');
});
