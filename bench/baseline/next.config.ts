import type { NextConfig } from "next";

// create-t3-app's configuration, less its environment check: nothing to configure.
const config: NextConfig = {};

export default config;
