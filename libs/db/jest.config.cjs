module.exports = require('../../jest.preset.cjs')(__dirname, 'db', { services: true });
