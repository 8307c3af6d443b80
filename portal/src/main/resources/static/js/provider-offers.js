/*
 * The provider's open offers: refreshes the list from GET /api/provider/offers every 3 seconds without reloading
 * (rows that stay keep their elements, so a button being clicked is never swapped out), and grabs with
 * POST /api/provider/offers/{orderNumber}/grab. The answer shows in #grab-result: data-outcome is the outcome
 * (WON, ALREADY_TAKEN, ...), the text the server's localized message. Without JavaScript the grab forms post to
 * the page route instead.
 */
(function () {
  'use strict';

  var INTERVAL_MS = 3000;
  var MAX_POLLS = 1200; // an hour

  var section = document.getElementById('offers');
  var body = document.getElementById('offers-body');
  var template = document.getElementById('offer-row-template');
  var result = document.getElementById('grab-result');
  if (!section || !body || !template || !result) {
    return;
  }
  var offersUrl = section.getAttribute('data-offers-url');
  var grabUrl = section.getAttribute('data-grab-url');

  function csrfHeaders() {
    var headers = { 'Accept': 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.getAttribute('content')] = token.getAttribute('content');
    }
    return headers;
  }

  function fill(row, offer) {
    row.setAttribute('data-order', offer.orderNumber);
    Array.prototype.forEach.call(row.querySelectorAll('[data-field]'), function (cell) {
      var value = offer[cell.getAttribute('data-field')];
      var unit = cell.getAttribute('data-unit');
      cell.textContent = unit ? unit.replace('{0}', value) : value;
    });
    var form = row.querySelector('.grab-form');
    form.setAttribute('action', form.getAttribute('action').replace(/\/?$/, '/') + encodeURIComponent(offer.orderNumber) + '/grab');
    row.querySelector('.grab-button').setAttribute('data-order', offer.orderNumber);
    return row;
  }

  function render(offers) {
    var wanted = {};
    offers.forEach(function (offer) { wanted[offer.orderNumber] = offer; });
    Array.prototype.forEach.call(body.querySelectorAll('tr[data-order]'), function (row) {
      var number = row.getAttribute('data-order');
      if (!wanted[number]) {
        row.remove();
      }
      else {
        delete wanted[number];
      }
    });
    offers.forEach(function (offer) {
      if (wanted[offer.orderNumber]) {
        body.appendChild(fill(template.content.firstElementChild.cloneNode(true), offer));
      }
    });
    var empty = body.children.length === 0;
    document.getElementById('offers-empty').hidden = !empty;
    document.getElementById('offers-table-wrap').hidden = empty;
  }

  function show(outcome, message) {
    result.setAttribute('data-outcome', outcome);
    result.className = 'alert ' + (outcome === 'WON' ? 'alert-success' : 'alert-error');
    result.textContent = message;
    result.hidden = false;
  }

  function grab(form) {
    var button = form.querySelector('.grab-button');
    var number = button.getAttribute('data-order');
    button.disabled = true;
    fetch(grabUrl + encodeURIComponent(number) + '/grab',
      { method: 'POST', headers: csrfHeaders(), credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        return response.json().then(function (answer) {
          show(answer.outcome || 'ERROR', answer.message || answer.detail || response.statusText);
        });
      })
      .catch(function () {
        show('ERROR', section.getAttribute('data-error-label') || 'Network error');
      })
      .then(function () {
        button.disabled = false;
        return live.refresh();
      });
  }

  // on the section, before the page-wide double-submit guard (forms.js) sees the event
  section.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.classList && form.classList.contains('grab-form')) {
      event.preventDefault();
      grab(form);
    }
  });

  var live = window.careflowLiveJson(offersUrl, { intervalMs: INTERVAL_MS, maxPolls: MAX_POLLS, render: render });
}());
