/*
 * Folio — progressive enhancement only. Every page works without this file:
 * forms still submit, alerts still show. Loaded with `defer` from /js/app.js
 * (CSP script-src 'self'; no inline handlers anywhere).
 */
;(function () {
  'use strict'

  /**
   * Ask before destructive submits. Put data-confirm="Message" on the <form>,
   * or on the submit <button> when a form has several buttons.
   */
  document.addEventListener('submit', function (event) {
    var form = event.target
    if (!(form instanceof HTMLFormElement)) return

    var submitter = event.submitter
    var message =
      (submitter && submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm')

    if (message && !window.confirm(message)) {
      event.preventDefault()
    }
  })

  /** A close button on each flash alert; the server never needs to know. */
  function enhanceAlerts() {
    var alerts = document.querySelectorAll('.flash-alerts .alert')
    Array.prototype.forEach.call(alerts, function (alert) {
      if (alert.querySelector('.alert-close')) return

      var button = document.createElement('button')
      button.type = 'button'
      button.className = 'alert-close'
      button.setAttribute('aria-label', 'Dismiss message')
      button.textContent = '\u00d7'
      button.addEventListener('click', function () {
        alert.hidden = true
        var main = document.getElementById('main')
        if (main) main.focus({ preventScroll: true })
      })
      alert.appendChild(button)
    })
  }

  /**
   * Scheduling happens in the writer's time zone: the editor sends the
   * browser's zone with the local time, and shows a stored (UTC) schedule in
   * local time. Without this script everything reads and works in UTC.
   */
  function localizeTimes() {
    var zone = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone
    if (!zone) return
    var pad = function (n) {
      return String(n).padStart(2, '0')
    }
    Array.prototype.forEach.call(
      document.querySelectorAll('input[data-time-zone]'),
      function (input) {
        input.value = zone
      }
    )
    Array.prototype.forEach.call(
      document.querySelectorAll('input[name="publish_at"]'),
      function (input) {
        var utc = input.getAttribute('data-utc')
        if (utc) {
          var d = new Date(utc)
          input.value =
            d.getFullYear() +
            '-' +
            pad(d.getMonth() + 1) +
            '-' +
            pad(d.getDate()) +
            'T' +
            pad(d.getHours()) +
            ':' +
            pad(d.getMinutes())
        }
        var hint = document.getElementById(input.id + '-hint')
        if (hint) hint.textContent = hint.textContent.replace('UTC', zone)
      }
    )
    Array.prototype.forEach.call(
      document.querySelectorAll('time[data-local-time]'),
      function (time) {
        var when = new Date(time.getAttribute('datetime'))
        if (isNaN(when)) return
        time.textContent =
          when.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' }) + ' (' + zone + ')'
      }
    )
  }

  function enhance() {
    enhanceAlerts()
    localizeTimes()
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', enhance)
  } else {
    enhance()
  }
})()
