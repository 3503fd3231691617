# Sourced by every script that builds: Debian's cargo (it has the std source for wasm32),
# npm's wasm-opt, and the flags that let stable rustc build std for wasm32.
export PATH="$PWD/node_modules/.bin:/usr/bin:$HOME/.cargo/bin:$PATH"
export RUSTC_BOOTSTRAP=1
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver
# wasm builds and tests only: export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
