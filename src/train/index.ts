console.log('train: not yet');
