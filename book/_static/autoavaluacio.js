/* Autoavaluació: corregeix cada pregunta al navegador, sense servidor, i en mostra la retroacció.
   Les respostes es queden al navegador: no es desen ni s'envien enlloc, tampoc a Moodle (vegeu scorm.js). */
(function () {
  "use strict";

  // La regla de Moodle per a les preguntes de resposta curta (compare_string_with_wildcard, usecase 0): els dos
  // textos en NFC, la resposta sense espais als extrems, sense distingir majúscules i minúscules, «*» per a
  // qualsevol seqüència de caràcters i «\\*» per a un asterisc. Les variants sense accents o amb l'altre apòstrof
  // ja són a la llista d'acceptades (autograder/model/question_types.py), la mateixa que s'exporta a Moodle.
  function coincideix(resposta, patro) {
    var trossos = String(patro).normalize("NFC").split(/(?<!\\)\*+/).map(function (tros) {
      return tros.replace(/\\\*/g, "*").replace(/[.*+?^${}()|[\]\\\/]/g, "\\$&");
    });
    var net = String(resposta).normalize("NFC").replace(/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g, "");
    return new RegExp("^" + trossos.join(".*") + "$", "iu").test(net);
  }

  // Com llegeix Moodle una resposta numèrica (qtype_numerical_answer_processor::apply_units i is_complete_response)
  // amb el paquet d'idioma català (coma decimal, punt de milers) i sense unitats a la resposta (showunits 3):
  // {valor: nombre} o {error: el que cal corregir}. Moodle tampoc no la corregeix: demana que s'escrigui bé.
  var ERRORS_NOMBRE = {
    nombre: "Escriu la resposta com un nombre, per exemple 12,5.",
    unitat: "Escriu només el nombre, sense la unitat ni cap altra paraula.",
    milers: "Escriu el nombre sense punts: els decimals van amb coma (12,5) i els milers, junts o amb un espai (18 000)."
  };

  function llegeixNombre(text) {
    var net = String(text).replace(/ /g, "").replace(/(?:e|E|(?:x|\*|×)10(?:\^|\*\*))([+-]?\d+)/g, "e$1");
    if (net.indexOf(".") !== -1 || (net.match(/,/g) || []).length > 1) { net = net.replace(/,/g, ""); }
    else { net = net.replace(/,/g, "."); }
    var nombre = net.match(/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?/);
    if (!nombre) { return {error: ERRORS_NOMBRE.nombre}; }
    if (net.length > nombre[0].length) { return {error: ERRORS_NOMBRE.unitat}; }
    if (String(text).indexOf(".") !== -1) { return {error: ERRORS_NOMBRE.milers}; }
    return {valor: Number(nombre[0])};
  }

  // L'interval de Moodle (qtype_numerical_answer::get_tolerance_interval, tolerància nominal).
  function dinsTolerancia(valor, resposta, tolerancia) {
    var marge = tolerancia + 1e-14 * Math.max(Math.abs(tolerancia), Math.abs(resposta), 1e-14);
    return resposta - marge <= valor && valor <= resposta + marge;
  }

  function paragraf(text, classe) {
    var p = document.createElement("p");
    if (classe) { p.className = classe; }
    p.textContent = text;
    return p;
  }

  // Un corrector per tipus de pregunta, com les classes d'autograder/model/question_types.py que escriuen el formulari i
  // les dades (data-pregunta). Cada un torna {resposta: si n'hi ha, correcta, invalida: què cal corregir abans de
  // poder-la corregir, missatges}.
  function opcions(form, dades) {
    var totes = Array.prototype.slice.call(form.querySelectorAll("input"));
    var marcades = totes.filter(function (o) { return o.checked; });
    var correcta = totes.every(function (o) { return o.checked === (o.dataset.correcta === "true"); });
    var missatges = marcades.map(function (o) {
      return "«" + form.querySelector("label[for='" + o.id + "']").textContent + "»: " + o.dataset.retroaccio;
    });
    if (dades.tipus === "multiple" && !correcta && marcades.length > 0 &&
        totes.some(function (o) { return !o.checked && o.dataset.correcta === "true"; })) {
      missatges.push("Encara et falta marcar alguna opció correcta.");
    }
    return {resposta: marcades.length > 0, correcta: correcta, missatges: missatges};
  }

  function aparellament(form, dades) {
    var selectors = Array.prototype.slice.call(form.querySelectorAll("select"));
    var encerts = selectors.filter(function (s) { return s.value === s.dataset.correcta; }).length;
    return {resposta: selectors.every(function (s) { return s.value !== ""; }), correcta: encerts === selectors.length,
            missatges: ["Has encertat " + encerts + " de " + selectors.length + " parelles. " + dades.retroaccio]};
  }

  // El text de la resposta com el rep Moodle (PARAM_RAW_TRIMMED: sense espais als extrems).
  function text(form) {
    return form.querySelector("input").value.replace(/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g, "");
  }

  function respostaCurta(form, dades) {
    var valor = text(form);
    var correcta = dades.acceptades.some(function (a) { return coincideix(valor, a); });
    return {resposta: valor !== "", correcta: correcta, missatges: [correcta ? dades.correcta : dades.incorrecta]};
  }

  function numerica(form, dades) {
    var valor = text(form);
    var llegit = llegeixNombre(valor);
    var correcta = !llegit.error && dinsTolerancia(llegit.valor, dades.resposta, dades.tolerancia);
    return {resposta: valor !== "", correcta: correcta, invalida: llegit.error,
            missatges: [correcta ? dades.correcta : dades.incorrecta]};
  }

  var CORRECTORS = {unica: opcions, multiple: opcions, vertader_fals: opcions, aparellament: aparellament,
                    resposta_curta: respostaCurta, numerica: numerica};

  function corregeix(form) {
    var dades = JSON.parse(form.dataset.pregunta);
    var resultat = CORRECTORS[dades.tipus](form, dades);
    var caixa = form.querySelector(".retroaccio");
    caixa.textContent = "";
    if (!resultat.resposta || resultat.invalida) {
      caixa.appendChild(paragraf(resultat.resposta ? "Revisa com has escrit el nombre." :
                                 "Encara no has respost aquesta pregunta.", "retroaccio-estat"));
      if (resultat.resposta) { caixa.appendChild(paragraf(resultat.invalida)); }
      form.dataset.estat = "";
      return;
    }
    caixa.appendChild(paragraf(resultat.correcta ? "Correcte." : "No és correcte.", "retroaccio-estat"));
    resultat.missatges.forEach(function (m) { caixa.appendChild(paragraf(m)); });
    // L'explicació general va dins de la regió que anuncien els lectors de pantalla (role="status"): fora d'ella,
    // en fer-se visible, no s'anunciava.
    var explicacio = form.querySelector(".explicacio");
    if (explicacio) { caixa.appendChild(paragraf(explicacio.textContent, "retroaccio-explicacio")); }
    form.dataset.estat = resultat.correcta ? "correcta" : "incorrecta";
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
