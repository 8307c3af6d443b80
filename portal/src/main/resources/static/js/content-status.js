/*
 * Live status on "my posts" (/content/mine): while a piece is being checked or reviewed, fetches the page's own
 * address (data-poll-url) every 3 seconds and, when a piece's status changed, swaps that piece in place: the page
 * stays where it is, with no reload, and an appeal being typed into another piece is kept. Stops once nothing is
 * pending any more, on an answer that will not change by asking again, and after a while.
 */
(function () {
  'use strict';

  var INTERVAL_MS = 3000;
  var MAX_POLLS = 300; // 15 minutes
  var PENDING = ['SUBMITTED', 'UNDER_REVIEW'];

  var list = document.getElementById('contents-list');
  if (!list || !list.getAttribute('data-poll-url')) {
    return;
  }
  var url = list.getAttribute('data-poll-url');
  var polls = 0;

  function pieces(root) {
    return Array.prototype.slice.call(root.querySelectorAll('article.content-item'));
  }

  // being checked or reviewed, or rejected but appealed (the appeal re-opens the review in a moment)
  function pending() {
    return pieces(list).some(function (piece) {
      return PENDING.indexOf(piece.getAttribute('data-status')) >= 0
        || piece.getAttribute('data-appeal-pending') === 'true';
    });
  }

  function swapChanged(page) {
    var fresh = page.getElementById('contents-list');
    if (!fresh) {
      return;
    }
    pieces(fresh).forEach(function (piece) {
      var current = document.getElementById(piece.id);
      if (current && current.getAttribute('data-status') !== piece.getAttribute('data-status')) {
        current.replaceWith(document.importNode(piece, true));
      }
    });
  }

  function poll() {
    polls += 1;
    fetch(url, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status >= 400 && response.status < 500 ? 'final' : 'retry');
        }
        return response.text();
      })
      .then(function (html) {
        swapChanged(new DOMParser().parseFromString(html, 'text/html'));
        schedule();
      })
      .catch(function (error) {
        if (error.message !== 'final') {
          schedule();
        }
      });
  }

  function schedule() {
    if (pending() && polls < MAX_POLLS) {
      window.setTimeout(poll, INTERVAL_MS);
    }
  }

  schedule();
}());
