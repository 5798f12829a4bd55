"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/** Writes gateway/supergraph.graphql from the subgraphs' schema files; `--check` fails when it is stale. */
var node_fs_1 = require("node:fs");
var compose_js_1 = require("../src/compose.js");
var sdl = (0, compose_js_1.composeSupergraph)();
if (process.argv.includes('--check')) {
    var current = (0, node_fs_1.existsSync)(compose_js_1.supergraphFile) ? (0, node_fs_1.readFileSync)(compose_js_1.supergraphFile, 'utf8') : '';
    if (current !== sdl) {
        console.error('gateway/supergraph.graphql is stale: run `npm run compose`');
        process.exit(1);
    }
    console.log('supergraph is up to date');
}
else {
    (0, node_fs_1.writeFileSync)(compose_js_1.supergraphFile, sdl);
    console.log("wrote ".concat(compose_js_1.supergraphFile));
}
