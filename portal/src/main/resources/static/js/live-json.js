/*
 * What the live lists share (open offers, task inbox): fetch a JSON address every few seconds and hand the answer
 * to the page's renderer. Stops for good on 401/403 (the session is gone; a reload signs in again) and after
 * maxPolls, so a forgotten tab does not poll forever; a network blip or a 5xx just waits for the next tick.
 * window.careflowLiveJson(url, { intervalMs, maxPolls, render }) returns { refresh }: refresh() fetches at once and
 * returns its promise.
 */
(function () {
  'use strict';

  window.careflowLiveJson = function (url, options) {
    var polls = 0;
    var timer = null;

    function stop() {
      if (timer !== null) {
        clearInterval(timer);
        timer = null;
      }
    }

    function refresh() {
      return fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
        .then(function (response) {
          if (response.status === 401 || response.status === 403) {
            stop();
            return null;
          }
          return response.ok ? response.json() : null;
        })
        .then(function (answer) {
          if (answer) {
            options.render(answer);
          }
        })
        .catch(function () { /* a network blip: next tick */ });
    }

    timer = setInterval(function () {
      polls += 1;
      if (polls > options.maxPolls) {
        stop();
        return;
      }
      refresh();
    }, options.intervalMs);

    return { refresh: refresh };
  };
}());
