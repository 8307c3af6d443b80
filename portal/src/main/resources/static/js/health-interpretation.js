/*
 * Live status of one AI interpretation (/health/interpretations/{id}): while it is being interpreted, asks the
 * page's status address (data-status-url) every 2 seconds and reloads the page once it is ready. Stops after a few
 * minutes; a reload then shows whatever is stored.
 */
(function () {
  'use strict';

  var section = document.getElementById('interpretation');
  if (!section || section.getAttribute('data-status') !== 'REQUESTED' || !window.careflowLiveJson) {
    return;
  }
  window.careflowLiveJson(section.getAttribute('data-status-url'), {
    intervalMs: 2000,
    maxPolls: 150,
    render: function (answer) {
      if (answer.status === 'READY') {
        window.location.reload();
      }
    }
  });
}());
