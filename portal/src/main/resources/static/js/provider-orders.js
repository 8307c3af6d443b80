/*
 * The provider's orders page: after a check-in or completion the process changes the order a moment later. This
 * polls GET /api/provider/orders every 3 seconds and reloads the page when an order's status differs from what the
 * page shows (or an order appeared or went), so the right button (check in, complete) is there without a manual
 * reload. Stops after a while so a forgotten tab does not poll forever.
 */
(function () {
  'use strict';

  var INTERVAL_MS = 3000;
  var MAX_POLLS = 600; // 30 minutes

  var table = document.getElementById('provider-orders-table');
  var url = table ? table.getAttribute('data-status-url') : null;
  if (!url) {
    return;
  }
  var polls = 0;
  var timer = null;

  function shown() {
    var statuses = {};
    Array.prototype.forEach.call(table.querySelectorAll('tr[data-order]'), function (row) {
      statuses[row.getAttribute('data-order')] = row.getAttribute('data-status');
    });
    return statuses;
  }

  function changed(rows) {
    var statuses = shown();
    if (rows.length !== Object.keys(statuses).length) {
      return true;
    }
    return rows.some(function (row) { return statuses[row.orderNumber] !== row.status; });
  }

  timer = setInterval(function () {
    polls += 1;
    if (polls > MAX_POLLS) {
      clearInterval(timer);
      return;
    }
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (rows) {
        if (rows && changed(rows)) {
          clearInterval(timer);
          window.location.reload();
        }
      })
      .catch(function () { /* next tick */ });
  }, INTERVAL_MS);
}());
