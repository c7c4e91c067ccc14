module.exports = require('../../jest.preset.cjs')(__dirname, 'test-processes');
