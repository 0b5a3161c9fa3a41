// Rounds preview: reloads this page when the site is rebuilt. Served only by `rounds serve`;
// a built site never contains it. One event stream per tab, closed when the tab leaves the page.
(function () {
  'use strict';
  if (!window.EventSource || !window.URL) {
    return;
  }
  var source = null;
  var seen = null;

  function swapStyleSheets() {
    var links = document.querySelectorAll('link[rel~="stylesheet"][href]');
    Array.prototype.forEach.call(links, function (link) {
      var url = new URL(link.href, location.href);
      if (url.origin !== location.origin) {
        return;
      }
      url.searchParams.set('rounds-reload', String(Date.now()));
      var fresh = link.cloneNode(false);
      fresh.href = url.href;
      var done = function () {
        if (link.parentNode) {
          link.parentNode.removeChild(link);
        }
      };
      fresh.addEventListener('load', done);
      fresh.addEventListener('error', done);
      link.parentNode.insertBefore(fresh, link.nextSibling);
    });
  }

  function showsOneOf(paths) {
    if (paths.length === 0 || paths.indexOf('*') >= 0) {
      return true;
    }
    var here = location.pathname;
    try {
      here = decodeURIComponent(here);
    } catch (e) {
      return true;
    }
    if (/\/index\.html$/.test(here)) {
      here = here.slice(0, here.length - 'index.html'.length);
    }
    return paths.indexOf(here) >= 0;
  }

  function connect() {
    if (source) {
      return;
    }
    source = new EventSource('/_rounds/events');
    source.addEventListener('hello', function (event) {
      // A different build than the one this tab last heard of: the server rebuilt (or restarted)
      // while the stream was away.
      if (seen !== null && event.data !== seen) {
        location.reload();
      }
      seen = event.data;
    });
    source.addEventListener('reload', function (event) {
      // The first line names the new build, the others the addresses that changed ('*': any).
      var lines = event.data.split('\n');
      seen = lines[0];
      if (showsOneOf(lines.slice(1))) {
        location.reload();
      }
    });
    source.addEventListener('css', function (event) {
      seen = event.data;
      swapStyleSheets();
    });
  }

  function disconnect() {
    if (source) {
      source.close();
      source = null;
    }
  }

  window.addEventListener('pagehide', disconnect);
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      connect();
    }
  });
  connect();
}());
