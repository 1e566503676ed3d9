import { databaseTestConfig } from "@arco/db/testing/vitest-config";
import { defineConfig } from "vitest/config";

export default defineConfig({ test: { ...databaseTestConfig } });
