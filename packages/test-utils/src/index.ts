export { ROOT, SEEDS_DIR, seedPaths } from "./paths";
export { loadGold, scoreGold, type Gold, type GoldScore } from "./scoreGold";
