/**
 * esbuild plugin for the command-line bundles: pptxgenjs' `import('node:https')` resolves to a
 * module that refuses to fetch, instead of Node's HTTPS client.
 *
 * Why: pptxgenjs loads `node:https` on every export (to fetch images given by URL), which pulls in
 * tls, net and the whole HTTP stack, about 15 built-in modules compiled in every fresh
 * `briefdeck build`. briefdeck never gives pptxgenjs a URL: images are read from disk inside the
 * brief's folder (src/io/load-images.ts) and handed over as data, so the client is never used. If a
 * future pptxgenjs did try to fetch, the build fails loudly rather than going to the network.
 * The library (dist/index.js, not bundled) keeps pptxgenjs as published.
 */
const NAMESPACE = 'briefdeck-no-network';

export const noNetworkPptxgenjsPlugin = {
  name: 'no-network-pptxgenjs',
  setup(build) {
    build.onResolve({ filter: /^(node:)?https?$/ }, (args) => {
      if (!/[\\/]pptxgenjs[\\/]/.test(args.importer)) return undefined;
      return { path: args.path, namespace: NAMESPACE };
    });
    build.onLoad({ filter: /.*/, namespace: NAMESPACE }, () => ({
      contents:
        'function refuse() { throw new Error("briefdeck does not fetch anything over the network; images are read from the brief\'s folder"); }\n' +
        'export default { get: refuse, request: refuse };\n' +
        'export const get = refuse;\nexport const request = refuse;\n',
      loader: 'js',
    }));
  },
};
