/*
 * The time left to pay, counted down every second from what the server said was left when it drew the section
 * (data-left, seconds, by the platform's clock, which need not be the browser's). Looks the element up on every
 * tick: the live order status may redraw the payment section meanwhile, and a redrawn one starts from its own
 * figure. At zero it says the deadline has passed; the process cancels the order and the page follows.
 */
(function () {
  'use strict';

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function tick() {
    var deadline = document.getElementById('payment-deadline');
    var countdown = document.getElementById('payment-countdown');
    if (!deadline || !countdown) {
      return;
    }
    if (!deadline.getAttribute('data-seen-at')) {
      deadline.setAttribute('data-seen-at', String(Date.now()));
    }
    var elapsed = (Date.now() - Number(deadline.getAttribute('data-seen-at'))) / 1000;
    var left = Math.max(0, Math.floor(Number(deadline.getAttribute('data-left')) - elapsed));
    countdown.textContent = pad(Math.floor(left / 60)) + ':' + pad(left % 60);
    if (left === 0) {
      countdown.textContent = deadline.getAttribute('data-expired-label');
    }
  }

  tick();
  setInterval(tick, 1000);
}());
