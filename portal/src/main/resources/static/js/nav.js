/*
 * The header's grouped menus are <details> elements: they open and close without script. This only makes them
 * behave like menus: opening one closes the others, a click elsewhere or Escape closes them (Escape gives the
 * focus back to the group's summary).
 */
(function () {
  'use strict';

  function groups() {
    return Array.prototype.slice.call(document.querySelectorAll('.site-header details.nav-group'));
  }

  function closeAll(except) {
    groups().forEach(function (group) {
      if (group !== except) {
        group.removeAttribute('open');
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    groups().forEach(function (group) {
      group.addEventListener('toggle', function () {
        if (group.open) {
          closeAll(group);
        }
      });
    });
    document.addEventListener('click', function (event) {
      if (!event.target.closest || !event.target.closest('details.nav-group')) {
        closeAll(null);
      }
    });
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape') {
        return;
      }
      var open = groups().filter(function (group) { return group.open; });
      closeAll(null);
      if (open.length === 1 && open[0].contains(document.activeElement)) {
        open[0].querySelector('summary').focus();
      }
    });
  });
}());
