var module = { exports: {} };
