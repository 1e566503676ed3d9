import base from "@arco/eslint-config/base";

export default base;
