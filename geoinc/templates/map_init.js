(function () {
  var D = /*DATA*/null;
  var B = /*BASE*/null;
  window.geoincBuild({name: __NAME__, map: __MAP__, data: D, base: B, groups: __GROUPS__, options: /*OPTIONS*/null});
})();
