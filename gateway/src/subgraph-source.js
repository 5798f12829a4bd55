"use strict";
var __extends = (this && this.__extends) || (function () {
    var extendStatics = function (d, b) {
        extendStatics = Object.setPrototypeOf ||
            ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
            function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };
        return extendStatics(d, b);
    };
    return function (d, b) {
        if (typeof b !== "function" && b !== null)
            throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() { this.constructor = d; }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
    };
})();
var __assign = (this && this.__assign) || function () {
    __assign = Object.assign || function(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
            s = arguments[i];
            for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p))
                t[p] = s[p];
        }
        return t;
    };
    return __assign.apply(this, arguments);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.SubgraphSource = void 0;
var gateway_1 = require("@apollo/gateway");
/**
 * How the gateway calls one subgraph: forwards the caller's token (each subgraph verifies it
 * again) and the request id, and gives up after a timeout so a slow subgraph costs only its
 * own fields.
 */
var SubgraphSource = /** @class */ (function (_super) {
    __extends(SubgraphSource, _super);
    function SubgraphSource(url, timeoutMs) {
        return _super.call(this, {
            url: url,
            fetcher: function (input, init) { return fetch(input, __assign(__assign({}, init), { signal: AbortSignal.timeout(timeoutMs) })); },
        }) || this;
    }
    SubgraphSource.prototype.willSendRequest = function (_a) {
        var _b, _c;
        var request = _a.request, context = _a.context;
        if (!('requestId' in context))
            return; // health checks and schema loads carry no caller
        if (context.authorization)
            (_b = request.http) === null || _b === void 0 ? void 0 : _b.headers.set('authorization', context.authorization);
        (_c = request.http) === null || _c === void 0 ? void 0 : _c.headers.set('x-request-id', context.requestId);
    };
    return SubgraphSource;
}(gateway_1.RemoteGraphQLDataSource));
exports.SubgraphSource = SubgraphSource;
