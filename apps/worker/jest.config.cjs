module.exports = require('../../jest.preset.cjs')(__dirname, 'worker', { services: true });
