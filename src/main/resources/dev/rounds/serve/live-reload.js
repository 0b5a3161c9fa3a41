// Rounds preview: reloads this page when the site is rebuilt. Served only by `rounds serve`;
// a built site never contains it.
//
// Browsers open at most six HTTP/1.1 connections to one server, and an event stream holds one for
// as long as the page is open, so seven tabs with a stream each would leave no connection for
// loading pages. Instead one tab (the holder of a Web Lock) keeps the one stream and passes what it
// hears to the other tabs on a BroadcastChannel; when it closes, the lock and the stream move to
// another tab. Browsers without those APIs fall back to a stream per tab, closed on leaving it.
(function () {
  'use strict';
  if (!window.EventSource || !window.URL) {
    return;
  }
  var NAME = 'rounds-live-reload';
  var channel = window.BroadcastChannel ? new BroadcastChannel(NAME) : null;
  var shared = channel !== null && navigator.locks && typeof navigator.locks.request === 'function';
  var source = null;
  var releaseLock = null;
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

  // What every tab does with an event, whether it heard it itself or from the tab holding the stream.
  function handle(name, data) {
    var lines = String(data).split('\n');
    if (name === 'hello') {
      // A different build than the one this tab last heard of: the server rebuilt (or restarted)
      // while no stream was open.
      if (seen !== null && lines[0] !== seen) {
        location.reload();
      }
      seen = lines[0];
    } else if (name === 'reload') {
      // The first line names the new build, the others the addresses that changed ('*': any).
      seen = lines[0];
      if (showsOneOf(lines.slice(1))) {
        location.reload();
      }
    } else if (name === 'css') {
      seen = lines[0];
      swapStyleSheets();
    }
  }

  function open() {
    if (source) {
      return;
    }
    source = new EventSource('/_rounds/events');
    ['hello', 'reload', 'css'].forEach(function (name) {
      source.addEventListener(name, function (event) {
        if (channel) {
          channel.postMessage({ name: name, data: event.data });
        }
        handle(name, event.data);
      });
    });
  }

  function start() {
    if (!shared) {
      open();
      return;
    }
    navigator.locks.request(NAME, function () {
      open();
      return new Promise(function (resolve) {
        releaseLock = resolve;
      });
    }).catch(function () {
      open();
    });
  }

  function stop() {
    if (source) {
      source.close();
      source = null;
    }
    if (releaseLock) {
      releaseLock();
      releaseLock = null;
    }
  }

  if (channel) {
    channel.onmessage = function (event) {
      if (event.data && typeof event.data.name === 'string') {
        handle(event.data.name, event.data.data);
      }
    };
  }
  window.addEventListener('pagehide', stop);
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      start();
    }
  });
  start();
}());
