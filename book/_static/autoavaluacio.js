/* Autoavaluació: corregeix cada pregunta al navegador, sense servidor, i en mostra la retroacció.
   Les respostes es queden al navegador: no es desen ni s'envien enlloc, tampoc a Moodle (vegeu scorm.js). */
(function () {
  "use strict";

  function normalitza(text) {
    return String(text).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[«»"'’.,;:!?¡¿()]/g, " ").replace(/\s+/g, " ").trim();
  }

  function llegeixNombre(text) {
    var net = String(text).trim().replace(/\s/g, "").replace("%", "");
    // «1.234,5» (català) i «1234.5» (punt decimal) són tots dos vàlids.
    if (/,/.test(net)) { net = net.replace(/\./g, "").replace(",", "."); }
    else if (/^\d{1,3}(\.\d{3})+$/.test(net)) { net = net.replace(/\./g, ""); }
    return net === "" ? NaN : Number(net);
  }

  function paragraf(text, classe) {
    var p = document.createElement("p");
    if (classe) { p.className = classe; }
    p.textContent = text;
    return p;
  }

  function corregeix(form) {
    var dades = JSON.parse(form.dataset.pregunta);
    var missatges = [];
    var correcta = false;
    var resposta = true;
    if (dades.tipus === "unica" || dades.tipus === "vertader_fals" || dades.tipus === "multiple") {
      var opcions = Array.prototype.slice.call(form.querySelectorAll("input"));
      var marcades = opcions.filter(function (o) { return o.checked; });
      if (marcades.length === 0) { resposta = false; }
      correcta = opcions.every(function (o) { return o.checked === (o.dataset.correcta === "true"); });
      marcades.forEach(function (o) {
        var etiqueta = form.querySelector("label[for='" + o.id + "']").textContent;
        missatges.push("«" + etiqueta + "»: " + o.dataset.retroaccio);
      });
      if (dades.tipus === "multiple" && !correcta && marcades.length > 0) {
        var falten = opcions.filter(function (o) { return !o.checked && o.dataset.correcta === "true"; }).length;
        if (falten > 0) { missatges.push("Encara et falta marcar alguna opció correcta."); }
      }
    } else if (dades.tipus === "aparellament") {
      var selectors = Array.prototype.slice.call(form.querySelectorAll("select"));
      if (selectors.some(function (s) { return s.value === ""; })) { resposta = false; }
      var encerts = selectors.filter(function (s) { return s.value === s.dataset.correcta; }).length;
      correcta = encerts === selectors.length;
      missatges.push("Has encertat " + encerts + " de " + selectors.length + " parelles. " + dades.retroaccio);
    } else {
      var valor = form.querySelector("input").value;
      if (valor.trim() === "") { resposta = false; }
      if (dades.tipus === "numerica") {
        var x = llegeixNombre(valor);
        correcta = !isNaN(x) && Math.abs(x - dades.resposta) <= dades.tolerancia + 1e-9;
      } else {
        correcta = dades.acceptades.some(function (a) { return normalitza(a) === normalitza(valor); });
      }
      missatges.push(correcta ? dades.correcta : dades.incorrecta);
    }
    var caixa = form.querySelector(".retroaccio");
    caixa.textContent = "";
    if (!resposta) {
      caixa.appendChild(paragraf("Encara no has respost aquesta pregunta.", "retroaccio-estat"));
      form.dataset.estat = "";
      return;
    }
    caixa.appendChild(paragraf(correcta ? "Correcte." : "No és correcte.", "retroaccio-estat"));
    missatges.forEach(function (m) { caixa.appendChild(paragraf(m)); });
    // L'explicació general va dins de la regió que anuncien els lectors de pantalla (role="status"): fora d'ella,
    // en fer-se visible, no s'anunciava.
    var explicacio = form.querySelector(".explicacio");
    if (explicacio) { caixa.appendChild(paragraf(explicacio.textContent, "retroaccio-explicacio")); }
    form.dataset.estat = correcta ? "correcta" : "incorrecta";
  }

  function resumeix(seccio) {
    var preguntes = seccio.querySelectorAll("form.pregunta");
    var respostes = seccio.querySelectorAll("form.pregunta[data-estat='correcta'], form.pregunta[data-estat='incorrecta']");
    var encerts = seccio.querySelectorAll("form.pregunta[data-estat='correcta']").length;
    seccio.querySelector(".autoavaluacio-resum").textContent =
      "Has respost " + respostes.length + " de " + preguntes.length + " preguntes; n'has encertat " + encerts + ".";
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("section.autoavaluacio").forEach(function (seccio) {
      seccio.querySelectorAll("form.pregunta").forEach(function (form) {
        form.addEventListener("submit", function (event) {
          event.preventDefault();
          corregeix(form);
          resumeix(seccio);
        });
      });
    });
  });
})();
