/* SCORM 1.2: dins d'un LMS que ofereix l'API SCORM (Moodle), el llibre s'hi adapta; sense API, no fa res.

   Què informa cada capítol (un SCO), i res més (vegeu «Què registra el paquet SCORM» a la guia per a l'equip
   formador):
   - «incomplete» en obrir-lo i «completed» en arribar al final de la pàgina (cmi.core.lesson_status);
   - el temps que hi ha estat, en el format de SCORM 1.2 «HHHH:MM:SS.SS» (cmi.core.session_time), en sortir;
   - cap puntuació: l'autoavaluació del capítol no es desa ni compta per a la nota, tampoc a Moodle.

   La navegació entre elements passa per l'índex de Moodle: a qualsevol pàgina del paquet, els enllaços
   «Anterior»/«Següent», la barra lateral i la cerca del llibre desapareixen, i els enllaços del text a altres pàgines
   s'obren en una finestra nova, fora del SCO. Una pàgina que s'ha obert des d'una altra pàgina del paquet (i no
   des de Moodle) no informa de res: el que hi fes s'atribuiria a l'element que Moodle té seleccionat. */
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

  // Temps en format CMITimespan de SCORM 1.2: HHHH:MM:SS.SS (hores de 2 a 4 xifres).
  function tempsScorm(ms) {
    var centesimes = Math.max(0, Math.round(ms / 10));
    var hores = Math.min(9999, Math.floor(centesimes / 360000));
    var minuts = Math.floor(centesimes / 6000) % 60;
    var segons = (centesimes % 6000) / 100;
    function dues(n) { return (n < 10 ? "0" : "") + n; }
    return dues(hores) + ":" + dues(minuts) + ":" + (segons < 10 ? "0" : "") + segons.toFixed(2);
  }
  window.cursTempsScorm = tempsScorm;

  var api = trobaApi(window);
  if (!api) { return; }

  // L'arrel del paquet és la carpeta de _static/, on és aquest fitxer.
  var script = document.currentScript || document.querySelector("script[src*='_static/scorm.js']");
  var arrel = script ? new URL("..", new URL(script.src, document.baseURI)).href : null;

  function paginaDelPaquet(url) {
    return arrel !== null && url.href.indexOf(arrel) === 0 && /\.html$/.test(url.pathname);
  }

  function mateixaPagina(url) {
    return url.origin + url.pathname === window.location.origin + window.location.pathname;
  }

  function treuNavegacio() {
    document.querySelectorAll(".prev-next-footer, .bd-sidebar-primary, .navbar-brand, .primary-toggle, .bd-search, .search-button")
      .forEach(function (el) { el.remove(); });
    document.querySelectorAll("a[href]").forEach(function (a) {
      var url;
      try { url = new URL(a.getAttribute("href"), document.baseURI); } catch (e) { return; }
      if (!paginaDelPaquet(url) || mateixaPagina(url)) { return; }
      if (a.closest("main, article, .bd-content")) {
        a.target = "_blank";
        a.rel = "noopener";
        var avis = document.createElement("span");
        avis.className = "visually-hidden";
        avis.textContent = " (s'obre en una finestra nova)";
        a.appendChild(avis);
      } else {
        a.remove();
      }
    });
  }
  treuNavegacio();

  if (!document.querySelector("section.autoavaluacio, .fitxa-unitat")) { return; }
  var referent = null;
  try { referent = document.referrer ? new URL(document.referrer) : null; } catch (e) { referent = null; }
  if (referent && paginaDelPaquet(referent) && !mateixaPagina(referent)) {
    var nota = document.createElement("p");
    nota.className = "avis-scorm";
    nota.setAttribute("role", "note");
    nota.textContent = "Has arribat a aquest capítol des d'una altra pàgina: Moodle no en registrarà el progrés. " +
      "Per registrar-lo, obre el capítol des de l'índex del paquet a Moodle.";
    var contingut = document.querySelector("main, article") || document.body;
    contingut.insertBefore(nota, contingut.firstChild);
    return;
  }

  var iniciat = String(api.LMSInitialize("")) === "true";
  if (!iniciat) { return; }
  var inici = Date.now();
  if (api.LMSGetValue("cmi.core.lesson_status") !== "completed") {
    api.LMSSetValue("cmi.core.lesson_status", "incomplete");
  }
  api.LMSCommit("");

  // El final del capítol: una marca just després de l'últim paràgraf de l'article.
  var final = document.createElement("div");
  final.className = "fi-capitol";
  final.style.height = "1px";
  (document.querySelector("article") || document.querySelector("main") || document.body).appendChild(final);
  if ("IntersectionObserver" in window) {
    // L'arrel és el document del marc (la finestra on es llegeix el capítol), no la del navegador.
    var observador = new IntersectionObserver(function (entrades) {
      if (entrades.some(function (e) { return e.isIntersecting; })) {
        api.LMSSetValue("cmi.core.lesson_status", "completed");
        api.LMSCommit("");
        observador.disconnect();
      }
    }, { root: document });
    observador.observe(final);
  }

  var acabat = false;
  function acaba() {
    if (acabat) { return; }
    acabat = true;
    api.LMSSetValue("cmi.core.session_time", tempsScorm(Date.now() - inici));
    api.LMSCommit("");
    api.LMSFinish("");
  }
  window.addEventListener("pagehide", acaba);
  window.addEventListener("beforeunload", acaba);
})();
