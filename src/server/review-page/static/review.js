// aboutmod review page: keyboard shortcuts only. Every page works without this file; it presses
// the same links and buttons a mouse would. Served as a same-origin file (the CSP allows no inline script).
(() => {
  'use strict';
  const page = document.body.dataset.page;
  const hint = document.querySelector('.shortcuts-hint');
  if (hint && (page === 'queue' || page === 'item')) hint.hidden = false;

  const rows = Array.from(document.querySelectorAll('.queue .row'));
  let current = -1;
  let armed = null;

  function typing(target) {
    return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function select(index) {
    if (rows.length === 0) return;
    current = Math.max(0, Math.min(rows.length - 1, index));
    rows.forEach((row, i) => row.classList.toggle('current', i === current));
    rows[current].scrollIntoView({ block: 'nearest' });
    const link = rows[current].querySelector('a.member');
    if (link) link.focus({ preventScroll: true });
  }

  function follow(rel) {
    const link = document.querySelector(`a[rel="${rel}"]`);
    if (link) window.location.assign(link.href);
  }

  function disarm() {
    if (!armed) return;
    armed.classList.remove('armed');
    armed.textContent = armed.dataset.label;
    armed = null;
  }

  // r / c: the first press arms the button, the second submits it, so one stray key changes nothing.
  function press(key) {
    const button = document.querySelector(`button[data-key="${key}"]`);
    if (!button) return;
    if (armed === button) {
      button.form.requestSubmit(button);
      return;
    }
    disarm();
    armed = button;
    button.dataset.label = button.textContent;
    button.classList.add('armed');
    button.textContent = `Press ${key} again to ${key === 'r' ? 'restore' : 'confirm'} (Esc cancels)`;
  }

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    const key = event.key;
    if (key === 'Escape') return disarm();
    if (key !== 'r' && key !== 'c') disarm();
    if (page === 'queue') {
      if (key === 'j') select(current + 1);
      else if (key === 'k') select(current - 1);
      else if (key === 'x' && current >= 0) {
        const box = rows[current].querySelector('input[type="checkbox"]');
        if (box) box.checked = !box.checked;
      } else if ((key === 'Enter' || key === 'o') && current >= 0) {
        const link = rows[current].querySelector('a.member');
        if (link && key === 'o') window.location.assign(link.href);
        return; // Enter on the focused link follows it natively.
      } else return;
      event.preventDefault();
    } else if (page === 'item') {
      if (key === 'j') follow('next');
      else if (key === 'k') follow('prev');
      else if (key === 'r' || key === 'c') press(key);
      else return;
      event.preventDefault();
    }
  });
})();
