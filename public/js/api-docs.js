// Starts Swagger UI on /api/docs (loaded from /api/docs/assets, no inline script: CSP forbids it).
document.addEventListener('DOMContentLoaded', () => {
  const root = document.getElementById('swagger-ui')
  if (!root || typeof window.SwaggerUIBundle !== 'function') return

  window.SwaggerUIBundle({
    url: root.dataset.specUrl,
    domNode: root,
    deepLinking: true,
    // The public validator badge would call validator.swagger.io.
    validatorUrl: null,
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
  })
})
