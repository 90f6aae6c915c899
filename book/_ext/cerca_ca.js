/* Stemmer català per a la cerca del llibre (costat de la consulta).
 *
 * Traducció línia per línia de snowballstemmer.catalan_stemmer (Snowball 3, l'algorisme «catalan.sbl»), el mateix
 * que fa servir cerca_ca.py per construir l'índex: totes dues bandes han de donar la mateixa arrel. Les taules de
 * sufixos (AMONG) no s'escriuen a mà: cerca_ca.py les copia del paquet de Python quan construeix el llibre.
 */
var CatalanStemmer = function () {
  "use strict";
  var AMONG = /*AMONG*/null;
  var VOCALS = "aeiouàáèéíïòóúü";
  var current = "", cursor = 0, limit = 0, limitBackward = 0, bra = 0, ket = 0, p1 = 0, p2 = 0;

  function setCurrent(word) {
    current = word; cursor = 0; limit = word.length; limitBackward = 0; bra = 0; ket = limit;
  }
  function isVowel(ch) { return VOCALS.indexOf(ch) !== -1; }
  function goOutGrouping() {            // avança fins a la primera vocal
    while (cursor < limit) { if (isVowel(current[cursor])) { return true; } cursor++; }
    return false;
  }
  function goInGrouping() {             // avança fins a la primera no vocal
    while (cursor < limit) { if (!isVowel(current[cursor])) { return true; } cursor++; }
    return false;
  }
  function findAmong(v) {
    var i = 0, j = v.length, c = cursor, l = limit, commonI = 0, commonJ = 0, firstKeyInspected = false;
    for (;;) {
      var k = i + ((j - i) >> 1), diff = 0, common = Math.min(commonI, commonJ), w = v[k];
      for (var i2 = common; i2 < w[0].length; i2++) {
        if (c + common === l) { diff = -1; break; }
        diff = current.charCodeAt(c + common) - w[0].charCodeAt(i2);
        if (diff !== 0) { break; }
        common++;
      }
      if (diff < 0) { j = k; commonJ = common; } else { i = k; commonI = common; }
      if (j - i <= 1) {
        if (i > 0 || j === i || firstKeyInspected) { break; }
        firstKeyInspected = true;
      }
    }
    for (;;) {
      var w2 = v[i];
      if (commonI >= w2[0].length) { cursor = c + w2[0].length; return w2[2]; }
      i = w2[1];
      if (i < 0) { return 0; }
    }
  }
  function findAmongB(v) {
    var i = 0, j = v.length, c = cursor, lb = limitBackward, commonI = 0, commonJ = 0, firstKeyInspected = false;
    for (;;) {
      var k = i + ((j - i) >> 1), diff = 0, common = Math.min(commonI, commonJ), w = v[k];
      for (var i2 = w[0].length - 1 - common; i2 >= 0; i2--) {
        if (c - common === lb) { diff = -1; break; }
        diff = current.charCodeAt(c - 1 - common) - w[0].charCodeAt(i2);
        if (diff !== 0) { break; }
        common++;
      }
      if (diff < 0) { j = k; commonJ = common; } else { i = k; commonI = common; }
      if (j - i <= 1) {
        if (i > 0 || j === i || firstKeyInspected) { break; }
        firstKeyInspected = true;
      }
    }
    for (;;) {
      var w2 = v[i];
      if (commonI >= w2[0].length) { cursor = c - w2[0].length; return w2[2]; }
      i = w2[1];
      if (i < 0) { return 0; }
    }
  }
  function sliceFrom(s) {
    var adjustment = s.length - (ket - bra);
    current = current.slice(0, bra) + s + current.slice(ket);
    limit += adjustment;
    if (cursor >= ket) { cursor += adjustment; } else if (cursor > bra) { cursor = bra; }
    ket = bra + s.length;
  }
  function sliceDel() { sliceFrom(""); }

  function markRegions() {
    p1 = limit; p2 = limit;
    var v1 = cursor;
    if (goOutGrouping()) {
      cursor++;
      if (goInGrouping()) {
        cursor++; p1 = cursor;
        if (goOutGrouping()) {
          cursor++;
          if (goInGrouping()) { cursor++; p2 = cursor; }
        }
      }
    }
    cursor = v1;
  }
  function cleaning() {
    for (;;) {
      var v1 = cursor;
      bra = cursor;
      var amongVar = findAmong(AMONG.a_0);
      ket = cursor;
      var replacement = {1: "a", 2: "e", 3: "i", 4: "o", 5: "u", 6: "."}[amongVar];
      if (replacement !== undefined) {
        sliceFrom(replacement);
      } else {
        if (cursor >= limit) { cursor = v1; break; }
        cursor++;
      }
    }
  }
  function r1() { return p1 <= cursor; }
  function r2() { return p2 <= cursor; }
  function attachedPronoun() {
    ket = cursor;
    if (findAmongB(AMONG.a_1) === 0) { return false; }
    bra = cursor;
    if (!r1()) { return false; }
    sliceDel();
    return true;
  }
  function standardSuffix() {
    ket = cursor;
    var amongVar = findAmongB(AMONG.a_2);
    if (amongVar === 0) { return false; }
    bra = cursor;
    if (amongVar === 1) { if (!r1()) { return false; } sliceDel(); }
    else if (amongVar === 2) { if (!r2()) { return false; } sliceDel(); }
    else if (amongVar === 3) { if (!r2()) { return false; } sliceFrom("log"); }
    else if (amongVar === 4) { if (!r2()) { return false; } sliceFrom("ic"); }
    else { if (!r1()) { return false; } sliceFrom("c"); }
    return true;
  }
  function verbSuffix() {
    ket = cursor;
    var amongVar = findAmongB(AMONG.a_3);
    if (amongVar === 0) { return false; }
    bra = cursor;
    if (amongVar === 1) { if (!r1()) { return false; } sliceDel(); }
    else { if (!r2()) { return false; } sliceDel(); }
    return true;
  }
  function residualSuffix() {
    ket = cursor;
    var amongVar = findAmongB(AMONG.a_4);
    if (amongVar === 0) { return false; }
    bra = cursor;
    if (amongVar === 1) { if (!r1()) { return false; } sliceDel(); }
    else { if (!r1()) { return false; } sliceFrom("ic"); }
    return true;
  }
  function stem() {
    markRegions();
    limitBackward = cursor; cursor = limit;
    var v1 = limit - cursor;
    attachedPronoun();
    cursor = limit - v1;
    var v2 = limit - cursor;
    var v3 = limit - cursor;
    if (!standardSuffix()) {
      cursor = limit - v3;
      verbSuffix();
    }
    cursor = limit - v2;
    var v4 = limit - cursor;
    residualSuffix();
    cursor = limit - v4;
    cursor = limitBackward;
    var v5 = cursor;
    cleaning();
    cursor = v5;
  }

  this.stemWord = function (word) {
    setCurrent(word);
    stem();
    return current;
  };
};
