/*
 * Forms that start something (place an order, pay) are sent once: a second click while the first request is on
 * its way would place a second order. The button shows it is working; a page shown again from the browser's
 * back/forward cache gets its buttons back.
 */
(function () {
  'use strict';

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || form.getAttribute('method') !== 'post') {
      return;
    }
    if (form.getAttribute('data-submitted') === 'true') {
      event.preventDefault();
      return;
    }
    form.setAttribute('data-submitted', 'true');
    Array.prototype.forEach.call(form.querySelectorAll('button[type="submit"]'), function (button) {
      // disabled after this event: a button disabled now would not be sent with the form
      setTimeout(function () {
        button.disabled = true;
        button.setAttribute('aria-disabled', 'true');
        var busy = button.getAttribute('data-busy-label');
        if (busy) {
          button.setAttribute('data-idle-label', button.textContent);
          button.textContent = busy;
        }
      }, 0);
    });
  });

  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('form[data-submitted]'), function (form) {
      form.removeAttribute('data-submitted');
      Array.prototype.forEach.call(form.querySelectorAll('button[type="submit"]'), function (button) {
        button.disabled = false;
        button.removeAttribute('aria-disabled');
        if (button.hasAttribute('data-idle-label')) {
          button.textContent = button.getAttribute('data-idle-label');
        }
      });
    });
  });
}());
