/* Els ginys d'ipywidgets calculen on són les seves fonts a partir de l'adreça del mòdul AMD. Sense aquesta
   configuració, les busquen al costat de cada pàgina; amb ella, a _static/widgets/, on les copia `make`. */
(function () {
  "use strict";
  var base = document.currentScript.src.replace(/[^/]*$/, "") + "widgets/";
  if (window.require && window.require.config) { window.require.config({ baseUrl: base }); }
})();
