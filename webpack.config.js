/* eslint-disable no-undef */
// Builds the task pane, the ribbon command file and the demo workbook host.
// Dev server: https with office-addin-dev-certs for Excel; plain http for the demo (env.demo), where
// no certificate needs trusting.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const { productionManifest } = require("./scripts/manifest-url");
// The production host. Set GK_PROD_URL when deploying; the manifest in dist/ gets it in place of localhost.
const urlProd = process.env.GK_PROD_URL || "https://gk-report.example.gov.cn/";

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const o = await devCerts.getHttpsServerOptions();
  return { ca: o.ca, key: o.key, cert: o.cert };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode !== "production";
  const serving = !env.WEBPACK_BUILD;
  const demo = Boolean(env.demo);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      demo: "./src/demo/main.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      // Blocking, so the demo host exists before the pane iframe reads window.parent.__demoHost.
      new HtmlWebpackPlugin({ filename: "demo.html", template: "./src/demo/demo.html", chunks: ["demo"], scriptLoading: "blocking", inject: "head" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : productionManifest(content.toString(), urlProd);
            },
          },
        ],
      }),
    ],
    devServer: {
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      host: demo ? "127.0.0.1" : "localhost",
      server: serving && !demo ? { type: "https", options: await httpsOptions() } : "http",
      static: false,
      client: { overlay: false },
    },
  };
};
