/* La interfície del llibre en català i accessible, on els scripts de les extensions escriuen textos en anglès.
   Es carrega just després de copybutton.js i togglebutton.js (vegeu book/_ext/interficie_ca.py). */
(function () {
  "use strict";

  // sphinx-copybutton no porta el català: els seus textos són variables globals d'un script clàssic.
  var copia = {
    copy: "Copia",
    copy_to_clipboard: "Copia al porta-retalls",
    copy_success: "S'ha copiat",
    copy_failure: "No s'ha pogut copiar"
  };
  try {
    /* global messages, iconCopy, iconCheck */
    if (typeof messages !== "undefined") {
      Object.keys(messages).forEach(function (idioma) { Object.assign(messages[idioma], copia); });
      iconCopy = iconCopy.replace(/<title>[^<]*<\/title>/, "<title>" + copia.copy_to_clipboard + "</title>");
      iconCheck = iconCheck.replace(/<title>[^<]*<\/title>/, "<title>" + copia.copy_success + "</title>");
    }
  } catch (e) { /* sense copybutton a la pàgina */ }

  // Missatges de la cerca de Sphinx, amb el tractament de tu del curs.
  /* global Documentation */
  if (typeof Documentation !== "undefined" && Documentation.addTranslations) {
    Documentation.addTranslations({
      locale: "ca",
      plural_expr: "(n != 1)",
      messages: {
        "Your search did not match any documents. Please make sure that all words are spelled correctly and that you've selected enough categories.":
          "La cerca no ha trobat cap pàgina. Comprova que les paraules estan ben escrites o prova amb menys paraules.",
        "Search finished, found ${resultCount} page(s) matching the search query.":
          "Cerca acabada: ${resultCount} pàgines contenen les paraules cercades.",
        "Preparing search...": "S'està preparant la cerca…",
        "Searching": "S'està cercant",
        "Search Results": "Resultats de la cerca",
        "Hide Search Matches": "Amaga les coincidències de la cerca",
        ", in ": ", a "
      }
    });
  }

  var MODES = { light: "clar", dark: "fosc", auto: "el del sistema" };

  function modeDeColor() {
    var mode = document.documentElement.dataset.mode || "auto";
    document.querySelectorAll(".theme-switch-button").forEach(function (boto) {
      boto.setAttribute("aria-label", "Mode de color: " + (MODES[mode] || MODES.auto));
    });
  }

  function corregeix() {
    // sphinx-togglebutton escriu aria-label="Toggle hidden content" al seu botó.
    document.querySelectorAll(".toggle-button[aria-label]").forEach(function (boto) {
      boto.setAttribute("aria-label", "Mostra o amaga el contingut");
    });
    // Els lliscadors dels ginys (noUiSlider) tenen role="slider" sense nom: prenen el de l'etiqueta del giny.
    document.querySelectorAll("[role='slider']:not([aria-label]):not([aria-labelledby])").forEach(function (el) {
      var giny = el.closest(".widget-inline-hbox, .widget-inline-vbox, .jupyter-widgets");
      var etiqueta = giny && giny.querySelector(".widget-label");
      var text = etiqueta ? etiqueta.textContent.replace(/[:\s]+$/, "").trim() : "";
      el.setAttribute("aria-label", text || "Control lliscant");
    });
    // Etiquetes buides que els ginys amaguen amb title="null".
    document.querySelectorAll(".widget-label[title='null']").forEach(function (etiqueta) {
      etiqueta.removeAttribute("title");
    });
    modeDeColor();
  }

  new MutationObserver(modeDeColor).observe(document.documentElement, { attributes: true, attributeFilter: ["data-mode"] });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", corregeix);
  } else {
    corregeix();
  }
  window.addEventListener("load", function () {
    corregeix();
    // Els ginys es dibuixen després de «load»: es corregeixen quan apareixen.
    document.querySelectorAll(".cell_output").forEach(function (sortida) {
      new MutationObserver(corregeix).observe(sortida, { childList: true, subtree: true });
    });
  });
})();
