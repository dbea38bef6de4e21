import { navigationTests } from "./navigation.ts";

navigationTests("https://podcast.example.com/");
