import next from "@arco/eslint-config/next";

export default [
  ...next,
  {
    // `useTestDb()` is a Vitest helper, not a React hook: the hook rules don't apply to tests.
    files: ["test/**", "e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
];
