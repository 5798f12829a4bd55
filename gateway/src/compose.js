"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.supergraphFile = void 0;
exports.composeSupergraph = composeSupergraph;
var node_fs_1 = require("node:fs");
var node_url_1 = require("node:url");
var composition_1 = require("@apollo/composition");
var graphql_1 = require("graphql");
var subgraphs_js_1 = require("./subgraphs.js");
exports.supergraphFile = (0, node_url_1.fileURLToPath)(new URL('../supergraph.graphql', import.meta.url));
/** Composes the subgraphs' schema files into the supergraph SDL, or throws with every composition error. */
function composeSupergraph() {
    var services = subgraphs_js_1.SUBGRAPHS.map(function (_a) {
        var name = _a.name, port = _a.port;
        return ({
            name: name,
            url: "http://localhost:".concat(port, "/graphql"),
            typeDefs: (0, graphql_1.parse)((0, node_fs_1.readFileSync)(new URL("../../services/".concat(name, "/schema.graphql"), import.meta.url), 'utf8')),
        });
    });
    var result = (0, composition_1.composeServices)(services);
    if (result.errors) {
        throw new Error("Composition failed:\n".concat(result.errors.map(function (e) { return "  - ".concat(e.message); }).join('\n')));
    }
    return result.supergraphSdl;
}
