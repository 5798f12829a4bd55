"use strict";
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
var _a;
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Prints a development token: `npm run token -- --role county_official --county 410326`
 * or `--role department_staff --department employment`.
 */
var node_util_1 = require("node:util");
var subgraph_kit_1 = require("@pas/subgraph-kit");
var values = (0, node_util_1.parseArgs)({
    options: {
        role: { type: 'string', default: 'analyst' },
        county: { type: 'string' },
        department: { type: 'string' },
        sub: { type: 'string' },
        expires: { type: 'string', default: '8h' },
    },
}).values;
if (!subgraph_kit_1.ROLES.includes(values.role)) {
    console.error("--role must be one of ".concat(subgraph_kit_1.ROLES.join(', ')));
    process.exit(2);
}
var role = values.role;
console.log(await (0, subgraph_kit_1.signToken)(__assign(__assign({ sub: (_a = values.sub) !== null && _a !== void 0 ? _a : "dev-".concat(role), role: role }, (values.county ? { county: values.county } : {})), (values.department ? { department: values.department } : {})), { expiresIn: values.expires }));
