/* Autoavaluació: corregeix cada pregunta al navegador, sense servidor, i en mostra la retroacció.
   Les respostes es queden al navegador: no es desen ni s'envien enlloc, tampoc a Moodle (vegeu scorm.js). */
(function () {
  "use strict";

  // La regla de Moodle per a les preguntes de resposta curta (compare_string_with_wildcard, usecase 0): els dos
  // textos en NFC, la resposta sense espais als extrems, sense distingir majúscules i minúscules, «*» per a
  // qualsevol seqüència de caràcters i «\\*» per a un asterisc. Les variants sense accents o amb l'altre apòstrof
  // ja són a la llista d'acceptades (autograder/question_types.py), la mateixa que s'exporta a Moodle.
  function coincideix(resposta, patro) {
    var trossos = String(patro).normalize("NFC").split(/(?<!\\)\*+/).map(function (tros) {
      return tros.replace(/\\\*/g, "*").replace(/[.*+?^${}()|[\]\\\/]/g, "\\$&");
    });
    var net = String(resposta).normalize("NFC").replace(/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g, "");
    return new RegExp("^" + trossos.join(".*") + "$", "iu").test(net);
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
        correcta = dades.acceptades.some(function (a) { return coincideix(valor, a); });
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
