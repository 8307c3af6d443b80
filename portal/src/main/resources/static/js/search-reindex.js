/*
 * The search operations page: keeps the reindex state, the per-type progress and the waiting changes current from
 * #reindex's data-api-url (GET /api/operations/search/reindex) every 2 seconds. When a running reindex ends the page
 * reloads once, so the indices table shows the new indices. Values are set with textContent only. Without
 * JavaScript the page is complete as the server sent it.
 */
(function () {
  'use strict';

  var INTERVAL_MS = 2000;
  var MAX_POLLS = 1800; // an hour

  var section = document.getElementById('reindex');
  var state = document.getElementById('reindex-state');
  if (!section || !state) {
    return;
  }
  var labels = {};
  var template = document.getElementById('reindex-state-labels');
  if (template) {
    Array.prototype.forEach.call(template.content.querySelectorAll('[data-state]'), function (label) {
      labels[label.getAttribute('data-state')] = label.textContent;
    });
  }
  var wasRunning = state.getAttribute('data-state') === 'RUNNING';

  function text(id, value) {
    var element = document.getElementById(id);
    if (element) {
      element.textContent = value;
    }
  }

  function render(progress) {
    state.className = 'reindex-state reindex-' + progress.state;
    state.setAttribute('data-state', progress.state);
    state.textContent = labels[progress.state] || progress.state;
    progress.types.forEach(function (type) {
      var row = document.getElementById('reindex-' + type.type);
      if (!row) {
        return;
      }
      row.querySelector('.reindex-done').textContent = String(type.done);
      row.querySelector('.reindex-total').textContent = String(type.total);
      row.querySelector('progress').value = type.percent;
    });
    text('search-pending', String(progress.pendingChanges));
    var error = document.getElementById('reindex-error');
    if (error) {
      error.hidden = !progress.error;
      error.querySelector('.reindex-error-text').textContent = progress.error || '';
    }
    var running = progress.state === 'RUNNING';
    var button = document.getElementById('reindex-start');
    if (button && !document.getElementById('reindex-form').hasAttribute('data-submitted')) {
      button.disabled = running;
    }
    if (wasRunning && !running) {
      wasRunning = false;
      window.location.reload();
    }
    wasRunning = wasRunning || running;
  }

  window.careflowLiveJson(section.getAttribute('data-api-url'),
    { intervalMs: INTERVAL_MS, maxPolls: MAX_POLLS, render: render });
}());
