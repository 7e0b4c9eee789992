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

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', enhanceAlerts)
  } else {
    enhanceAlerts()
  }
})()
