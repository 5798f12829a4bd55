"use strict";
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __generator = (this && this.__generator) || function (thisArg, body) {
    var _ = { label: 0, sent: function() { if (t[0] & 1) throw t[1]; return t[1]; }, trys: [], ops: [] }, f, y, t, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);
    return g.next = verb(0), g["throw"] = verb(1), g["return"] = verb(2), typeof Symbol === "function" && (g[Symbol.iterator] = function() { return this; }), g;
    function verb(n) { return function (v) { return step([n, v]); }; }
    function step(op) {
        if (f) throw new TypeError("Generator is already executing.");
        while (g && (g = 0, op[0] && (_ = 0)), _) try {
            if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
            if (y = 0, t) op = [op[0] & 2, t.value];
            switch (op[0]) {
                case 0: case 1: t = op; break;
                case 4: _.label++; return { value: op[1], done: false };
                case 5: _.label++; y = op[1]; op = [0]; continue;
                case 7: op = _.ops.pop(); _.trys.pop(); continue;
                default:
                    if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) { _ = 0; continue; }
                    if (op[0] === 3 && (!t || (op[1] > t[0] && op[1] < t[3]))) { _.label = op[1]; break; }
                    if (op[0] === 6 && _.label < t[1]) { _.label = t[1]; t = op; break; }
                    if (t && _.label < t[2]) { _.label = t[2]; _.ops.push(op); break; }
                    if (t[2]) _.ops.pop();
                    _.trys.pop(); continue;
            }
            op = body.call(thisArg, _);
        } catch (e) { op = [6, e]; y = 0; } finally { f = t = 0; }
        if (op[0] & 5) throw op[1]; return { value: op[0] ? op[1] : void 0, done: true };
    }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.startGateway = startGateway;
var node_crypto_1 = require("node:crypto");
var node_fs_1 = require("node:fs");
var node_http_1 = require("node:http");
var gateway_1 = require("@apollo/gateway");
var server_1 = require("@apollo/server");
var drainHttpServer_1 = require("@apollo/server/plugin/drainHttpServer");
var express5_1 = require("@as-integrations/express5");
var express_1 = require("express");
var subgraph_kit_1 = require("@pas/subgraph-kit");
var compose_js_1 = require("./compose.js");
var subgraph_source_js_1 = require("./subgraph-source.js");
var subgraphs_js_1 = require("./subgraphs.js");
function startGateway() {
    return __awaiter(this, arguments, void 0, function (options) {
        var log, timeoutMs, urls, gateway, app, httpServer, server, auth, port, url;
        var _this = this;
        var _a, _b, _c, _d;
        if (options === void 0) { options = {}; }
        return __generator(this, function (_e) {
            switch (_e.label) {
                case 0:
                    log = (0, subgraph_kit_1.createLogger)('gateway');
                    timeoutMs = (_a = options.subgraphTimeoutMs) !== null && _a !== void 0 ? _a : Number((_b = process.env.SUBGRAPH_TIMEOUT_MS) !== null && _b !== void 0 ? _b : 10000);
                    urls = Object.fromEntries(subgraphs_js_1.SUBGRAPHS.map(function (_a) {
                        var _b, _c;
                        var name = _a.name;
                        return [name, (_c = (_b = options.subgraphUrls) === null || _b === void 0 ? void 0 : _b[name]) !== null && _c !== void 0 ? _c : (0, subgraphs_js_1.subgraphUrl)(name)];
                    }));
                    gateway = new gateway_1.ApolloGateway({
                        supergraphSdl: (0, node_fs_1.readFileSync)(compose_js_1.supergraphFile, 'utf8'),
                        buildService: function (_a) {
                            var _b;
                            var name = _a.name;
                            return new subgraph_source_js_1.SubgraphSource((_b = urls[name]) !== null && _b !== void 0 ? _b : '', timeoutMs);
                        },
                    });
                    app = (0, express_1.default)();
                    httpServer = node_http_1.default.createServer(app);
                    server = new server_1.ApolloServer({
                        gateway: gateway,
                        includeStacktraceInErrorResponses: process.env.NODE_ENV !== 'production',
                        plugins: [(0, drainHttpServer_1.ApolloServerPluginDrainHttpServer)({ httpServer: httpServer })],
                    });
                    return [4 /*yield*/, server.start()];
                case 1:
                    _e.sent();
                    auth = (0, subgraph_kit_1.authConfigFromEnv)();
                    app.get('/health', function (_req, res) {
                        res.json({ status: 'ok', service: 'gateway' });
                    });
                    app.get('/ready', function (_req, res) { return __awaiter(_this, void 0, void 0, function () {
                        var checks, allReady;
                        var _this = this;
                        return __generator(this, function (_a) {
                            switch (_a.label) {
                                case 0: return [4 /*yield*/, Promise.all(Object.entries(urls).map(function (_a) { return __awaiter(_this, [_a], void 0, function (_b) {
                                        var ready;
                                        var name = _b[0], url = _b[1];
                                        return __generator(this, function (_c) {
                                            switch (_c.label) {
                                                case 0: return [4 /*yield*/, fetch(new URL('/ready', url), { signal: AbortSignal.timeout(2000) }).then(function (r) { return r.ok; }, function () { return false; })];
                                                case 1:
                                                    ready = _c.sent();
                                                    return [2 /*return*/, [name, ready]];
                                            }
                                        });
                                    }); }))];
                                case 1:
                                    checks = _a.sent();
                                    allReady = checks.every(function (_a) {
                                        var ready = _a[1];
                                        return ready;
                                    });
                                    res.status(allReady ? 200 : 503).json({ status: allReady ? 'ready' : 'degraded', subgraphs: Object.fromEntries(checks) });
                                    return [2 /*return*/];
                            }
                        });
                    }); });
                    app.use('/graphql', express_1.default.json({ limit: '1mb' }), (0, express5_1.expressMiddleware)(server, {
                        context: function (_a) { return __awaiter(_this, [_a], void 0, function (_b) {
                            var authorization;
                            var _c;
                            var _d;
                            var req = _b.req;
                            return __generator(this, function (_e) {
                                switch (_e.label) {
                                    case 0:
                                        authorization = req.header('authorization');
                                        _c = {};
                                        return [4 /*yield*/, (0, subgraph_kit_1.callerFromAuthorization)(authorization, auth)];
                                    case 1: return [2 /*return*/, (_c.caller = _e.sent(),
                                            _c.authorization = authorization,
                                            _c.requestId = (_d = req.header('x-request-id')) !== null && _d !== void 0 ? _d : (0, node_crypto_1.randomUUID)(),
                                            _c)];
                                }
                            });
                        }); },
                    }));
                    port = (_c = options.port) !== null && _c !== void 0 ? _c : Number((_d = process.env.PORT) !== null && _d !== void 0 ? _d : 4000);
                    return [4 /*yield*/, new Promise(function (resolve) { return httpServer.listen(port, resolve); })];
                case 2:
                    _e.sent();
                    url = "http://localhost:".concat(httpServer.address().port, "/graphql");
                    log.info({ url: url, subgraphs: urls }, 'gateway ready');
                    return [2 /*return*/, { url: url, stop: function () { return server.stop(); } }];
            }
        });
    });
}
