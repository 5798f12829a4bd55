"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SUBGRAPHS = void 0;
exports.subgraphUrl = subgraphUrl;
/** The seven department subgraphs, their default local ports, and the URL each is reached at. */
exports.SUBGRAPHS = [
    { name: 'registry', port: 4001 },
    { name: 'employment', port: 4002 },
    { name: 'healthcare', port: 4003 },
    { name: 'education', port: 4004 },
    { name: 'housing', port: 4005 },
    { name: 'finance', port: 4006 },
    { name: 'command', port: 4007 },
];
/** `REGISTRY_URL` and so on override the local default. */
function subgraphUrl(name, env) {
    var _a;
    if (env === void 0) { env = process.env; }
    var port = exports.SUBGRAPHS.find(function (s) { return s.name === name; }).port;
    return (_a = env["".concat(name.toUpperCase(), "_URL")]) !== null && _a !== void 0 ? _a : "http://localhost:".concat(port, "/graphql");
}
