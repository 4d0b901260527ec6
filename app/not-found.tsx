// One "not found" page for every route, inside the reader site or not.
export { default } from "./(site)/not-found";
