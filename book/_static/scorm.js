/* SCORM 1.2: cada capítol informa l'LMS (Moodle) quan hi ha una API SCORM; sense API, no fa res.
   En obrir-lo: «incomplete». En arribar al final de la pàgina: «completed».
   En fer l'autoavaluació: la puntuació (percentatge d'encerts sobre el total de preguntes). */
(function () {
  "use strict";

  function trobaApi(finestra) {
    for (var i = 0; finestra && i < 10; i++) {
      try { if (finestra.API) { return finestra.API; } } catch (e) { return null; }
      if (finestra.parent && finestra.parent !== finestra) { finestra = finestra.parent; }
      else { finestra = finestra.opener; }
    }
    return null;
  }

  var api = trobaApi(window);
  if (!api || !document.querySelector("section.autoavaluacio, .fitxa-unitat")) { return; }

  var iniciat = String(api.LMSInitialize("")) === "true";
  if (!iniciat) { return; }
  if (api.LMSGetValue("cmi.core.lesson_status") !== "completed") {
    api.LMSSetValue("cmi.core.lesson_status", "incomplete");
  }
  api.LMSCommit("");

  var final = document.querySelector(".prev-next-area") || document.querySelector("footer") || document.body.lastElementChild;
  if (final && "IntersectionObserver" in window) {
    var observador = new IntersectionObserver(function (entrades) {
      if (entrades.some(function (e) { return e.isIntersecting; })) {
        api.LMSSetValue("cmi.core.lesson_status", "completed");
        api.LMSCommit("");
        observador.disconnect();
      }
    });
    observador.observe(final);
  }

  document.addEventListener("autoavaluacio", function (event) {
    var d = event.detail;
    api.LMSSetValue("cmi.core.score.min", "0");
    api.LMSSetValue("cmi.core.score.max", "100");
    api.LMSSetValue("cmi.core.score.raw", String(Math.round(100 * d.encerts / d.total)));
    api.LMSCommit("");
  });

  window.addEventListener("pagehide", function () { api.LMSFinish(""); });
})();
