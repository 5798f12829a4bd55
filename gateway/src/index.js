"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
var subgraph_kit_1 = require("@pas/subgraph-kit");
var gateway_js_1 = require("./gateway.js");
try {
    var gateway_1 = await (0, gateway_js_1.startGateway)();
    for (var _i = 0, _a = ['SIGINT', 'SIGTERM']; _i < _a.length; _i++) {
        var signal = _a[_i];
        process.once(signal, function () {
            gateway_1.stop().then(function () { return process.exit(0); }, function () { return process.exit(1); });
        });
    }
}
catch (error) {
    (0, subgraph_kit_1.createLogger)('gateway').fatal({ err: error }, 'could not start');
    process.exit(1);
}
