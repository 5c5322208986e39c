// The production manifest: every dev-server URL replaced by the real host (the template's convention).
const DEV_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

function productionManifest(xml, prodUrl) {
  const base = prodUrl.endsWith("/") ? prodUrl : prodUrl + "/";
  return xml.split(DEV_URL).join(base).split(DEV_ORIGIN).join(base.replace(/\/$/, ""));
}

module.exports = { productionManifest, DEV_URL };
